"""Review of s38's rows under a task table's last row (tables copied as text, one cell a line and '|' cells; HTML and
DOCX print merged cells as merged and the lines under the table as paragraphs: guards). The s38 rules had gone too far:
- a place-and-date line ended the table on its shape alone, so a time cell "Quý II, ngày 30 tháng 6 năm 2026", "Thứ
  Hai, ngày …", "Tại Đà Nẵng, ngày …" ended it and the rows under it were lost: the place must be a known place;
- a last row "3" | "Công an tỉnh" whose task or time is merged from the row above, or a last task printed in capitals,
  was taken for a figure of a body's cell: only a stray word in small letters before the figure makes it one;
- a lower half printing the rest of the upper half's time ("Từ tháng 3/2025" over "đến tháng 6/2025") was split into
  a task of its own: only a row printing a body of its own, its time no span's end, is one;
- a line opening with a count after a comma ("Sở Y tế, Sở Tài chính," / "03 bệnh viện tuyến tỉnh") opened a cell of its
  own, the supports moved into the lead."""

from __future__ import annotations

import docx
import pytest

from pipeline.run import process
from pipeline.stages.tables import _ends_table

from test_rows_under_the_last_s37 import _HEAD, _HEADER

_FORMS = ["txt", "pipe", "html", "docx"]
_TEXT_FORMS = ["txt", "pipe"]


def _write(tmp_path, form: str, header, rows, under=("Nơi nhận:",)):
    """``rows``: lists of cells, a cell None merged from the row above (absent in text, a span in HTML and DOCX)."""
    if form in _TEXT_FORMS:
        cells = [*header, *(c for row in rows for c in row if c is not None)]
        if form == "pipe":
            cells = [f"{c} |" for c in cells]
        path = tmp_path / "plan.txt"
        path.write_text("\n".join([*_HEAD, *cells, *under]), encoding="utf-8")
        return path
    spans = [[_span(rows, i, j) for j in range(len(header))] for i in range(len(rows))]
    if form == "html":
        body = "".join("<tr>" + "".join(f"<td rowspan='{spans[i][j]}'>{c}</td>" for j, c in enumerate(row) if c is not None)
                       + "</tr>" for i, row in enumerate(rows))
        head = "<tr>" + "".join(f"<td>{c}</td>" for c in header) + "</tr>"
        path = tmp_path / "plan.html"
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in _HEAD) + f"<table border='1'>{head}{body}"
                        "</table>" + "".join(f"<p>{line}</p>" for line in under) + "</body></html>", encoding="utf-8")
        return path
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text is not None:
                cell = table.cell(i + 1, j)
                if spans[i][j] > 1:
                    cell = cell.merge(table.cell(i + spans[i][j], j))
                cell.text = text
    for line in under:
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


def _span(rows, i: int, j: int) -> int:
    span = 1
    while i + span < len(rows) and rows[i + span][j] is None:
        span += 1
    return span


def _tasks(doc):
    return [(t.number, " ".join(t.content.split()), [a.name for a in t.lead], [a.name for a in t.support],
             t.deadline.text if t.deadline else None)
            for t in sorted(doc.tasks, key=lambda t: int(t.id.rsplit("_", 1)[-1]))]


@pytest.mark.parametrize("text, ends", [
    # a time cell's period or day, a place after a word, a body before the date: no place-and-date line
    ("Quý II, ngày 30 tháng 6 năm 2026", False), ("Đợt I, ngày 10 tháng 3 năm 2026", False),
    ("Kỳ II, ngày 15 tháng 12 năm 2026", False), ("Giai đoạn I, ngày 30 tháng 6 năm 2026", False),
    ("Thứ Hai, ngày 15 tháng 6 năm 2026", False), ("Sáng Thứ Năm, ngày 18 tháng 6 năm 2026", False),
    ("Tại Đà Nẵng, ngày 20 tháng 8 năm 2026", False), ("Tổ chức tại Hà Nội, ngày 15 tháng 6 năm 2026", False),
    ("Trước Quý III, ngày 30 tháng 9 năm 2026", False),
    # a place the registry knows: a signature block's line
    ("Lâm Đồng, ngày 3 tháng 4 năm 2026", True), ("Huyện Sơn Tịnh, ngày 3 tháng 4 năm 2026", True),
    ("TP. Hồ Chí Minh, ngày    tháng    năm 2026", True)])
def test_a_place_and_date_line_needs_a_known_place(text, ends):
    assert _ends_table(text) is ends


_HEADER_TIME_PLACE = ("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian, địa điểm")


@pytest.mark.parametrize("form", ["txt", "pipe", "html"])
@pytest.mark.parametrize("time", ["Quý II, ngày 30 tháng 6 năm 2026", "Thứ Hai, ngày 15 tháng 6 năm 2026",
                                  "Tại Đà Nẵng, ngày 20 tháng 8 năm 2026", "Đợt I, ngày 10 tháng 3 năm 2026"])
def test_a_time_cell_opening_with_a_period_or_a_day_keeps_the_rows_under_it(tmp_path, form, time):
    rows = [["1", "Hội nghị sơ kết 6 tháng", "Sở Nội vụ", time], ["2", "Hội nghị tổng kết năm", "Văn phòng UBND tỉnh",
                                                                  "Tháng 12/2026"]]
    doc = process(_write(tmp_path, form, _HEADER_TIME_PLACE, rows))
    assert _tasks(doc) == [("1", rows[0][1], ["Sở Nội vụ"], [], time), ("2", rows[1][1], ["Văn phòng UBND tỉnh"], [],
                                                                         "Tháng 12/2026")]


_TASK = "Tuyên truyền về cải cách hành chính"
# a last row whose other cells are merged down from the row above: (header, rows, the last task expected)
_MERGED_LAST = {
    "task-and-time": (_HEADER, [["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2025"],
                                ["2", _TASK, "Sở Nội vụ", "Sở Tài chính", "Quý III/2025"],
                                ["3", None, "Công an tỉnh", "Sở Tư pháp", None]],
                      ("3", _TASK, ["Công an tỉnh"], ["Sở Tư pháp"])),
    "task-no-time-column": (_HEADER[:4], [["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ban, ngành"],
                                          ["2", _TASK, "Sở Giáo dục và Đào tạo", "Sở Nội vụ"],
                                          ["3", None, "UBND huyện Sơn Tịnh", "Công an tỉnh"]],
                            ("3", _TASK, ["UBND huyện Sơn Tịnh"], ["Công an tỉnh"])),
    "inspected-units": (("STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"),
                        [["1", "Sở Tư pháp", "Quý II/2025"], ["2", "Sở Nội vụ", "Quý III/2025"], ["3", "Công an tỉnh", None]],
                        ("3", "Công an tỉnh", [], [])),
}


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("case", list(_MERGED_LAST))
def test_a_last_row_under_merged_cells_is_a_row(tmp_path, form, case):
    header, rows, last = _MERGED_LAST[case]
    doc = process(_write(tmp_path, form, header, rows))
    assert [task[:4] for task in _tasks(doc)][-1] == last
    assert len(doc.tasks) == 3


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("task", ["SƠ KẾT, TỔNG KẾT KẾ HOẠCH", "KIỂM TRA, GIÁM SÁT"])
def test_a_last_task_in_capitals_is_a_row(tmp_path, form, task):
    rows = [["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ban, ngành"],
            ["2", task, "Sở Nội vụ", "Các sở, ban, ngành"]]
    doc = process(_write(tmp_path, form, _HEADER[:4], rows))
    assert [task[:4] for task in _tasks(doc)] == [("1", rows[0][1], ["Sở Tư pháp"], ["Các sở, ban, ngành"]),
                                                  ("2", task, ["Sở Nội vụ"], ["Các sở, ban, ngành"])]


@pytest.mark.parametrize("rest", ["đến tháng 6/2025", "đến hết năm 2025", "– Quý IV/2025", "Đến tháng 12/2025"])
def test_a_lower_half_printing_the_rest_of_the_time_joins_its_row(tmp_path, rest):
    """The last row broken over a page, its lower half under the header printed again: the task's last words and the
    time span's end, no body of its own ('|' cells)."""
    rows = [["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2025"],
            ["2", "Trồng mới và bảo vệ rừng phòng hộ", "Sở Nông nghiệp và Môi trường", "UBND các xã", "Từ tháng 3/2025"]]
    lower = ["", "đầu nguồn trên địa bàn các xã", "", "", rest]
    path = tmp_path / "plan.txt"
    cells = [*_HEADER, *(c for row in rows for c in row), *_HEADER, *lower]
    path.write_text("\n".join([*_HEAD, *(f"{c} |" for c in cells), "Nơi nhận:"]), encoding="utf-8")
    last = _tasks(process(path))[-1]
    assert last == ("2", "Trồng mới và bảo vệ rừng phòng hộ đầu nguồn trên địa bàn các xã", ["Sở Nông nghiệp và Môi trường"],
                    ["UBND các xã"], f"Từ tháng 3/2025 {rest}")


@pytest.mark.parametrize("form", ["txt", "html"])
@pytest.mark.parametrize("support, expected", [
    ("Sở Y tế, Sở Tài chính,\n03 bệnh viện tuyến tỉnh", ["Sở Y tế", "Sở Tài chính, 03 bệnh viện tuyến tỉnh"]),
    ("Sở Tài chính;\n02 trường đại học", ["Sở Tài chính", "02 trường đại học"]),
    ("UBND các xã,\n12 phường", ["UBND các xã, 12 phường"])])
def test_a_count_after_a_comma_goes_on_the_list(tmp_path, form, support, expected):
    """The supports' cell broken after a comma or a semicolon, its next line opening with a count: the same cell."""
    rows = [["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2026"],
            ["2", "Tổ chức hội nghị tập huấn", "Sở Nội vụ", support, "Tháng 9/2026"],
            ["3", "Kiểm tra công vụ tại các xã", "Văn phòng UBND tỉnh", "Sở Nội vụ", "Quý IV/2026"]]
    doc = process(_write(tmp_path, form, _HEADER, rows))
    assert _tasks(doc)[1] == ("2", "Tổ chức hội nghị tập huấn", ["Sở Nội vụ"], expected, "Tháng 9/2026")
    assert len(doc.tasks) == 3
