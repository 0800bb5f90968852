"""s42 review of s42-blindtab's PDF rules for tables ruled between their columns only, on small tables of our own
wordings printed by LibreOffice from python-docx.

What was wrong on s42-lead (33a40ac; each test fails there unless it says it is a guard):
- finding 1: ``rules._rules_across`` takes 3 or 4 rules across a table for a table ruled between its columns only; a
  fully ruled grid ("Table Grid") with one or two body rows on its page has as many (top, under the header, under each
  row), and ``rules.rows_between_column_rules`` then started a row at every line of a narrow first column of words
  ("Lĩnh vực", "Thời gian"): a wrapped cell cut its row into several tasks with pieces of bodies and deadlines
  ("Sở Thông" / "tin và" / "Truyền"). Now a row starts only at a line of the first column that reads as a row's
  number (a figure, "1.2", a Roman numeral, a letter), two at least in the band, the first opening it;
- finding 2: with the numbers centred down their rows, the cuts fell mid-row and sliced the other columns' lines
  ("Sở Nội vụ Sở Khoa hcvà", "Thán"); now a cut that runs through another column's line, or a first number set below
  the band's first line, leaves the band unsplit, and its cells but the task's wording empty and unreadable: bodies
  and deadline null with warnings (cell_unreadable, column_unreadable), never the rows' fields merged (s43: unless
  the numbers, each half-way down its row, prove the rows: then they are read, tests/test_column_rules_s43.py);
- finding 3: a numbered row holding unnumbered sub-rows ("2 | … gồm: | ∅" / "∅ | - … | Sở Nội vụ | … | Quý III/2026")
  took every sub-row's bodies and deadlines ("Quý III/2026 Quý IV/2026"); now a row in which another column's text
  starts below its number's line leaves those fields null with warnings (s43: unless dashed lines of the task's column
  opening level with the other columns' text prove the sub-rows: then each is read);
- finding 4: in a table told apart by shading alone, a blank paragraph in a cell of the last white row ended the row
  (``rules.shaded_row_edges`` stopped at the first gap taller than a line): "Báo cáo UBND tỉnh" went to the text under
  the table; now a line after one or two blank lines goes on in the row where it starts in a column but the first,
  level with the left of a line of the row; and a line under the table running across a column's border ("Ghi c|hú",
  z3: the number read "3 Ghi c", the task "… hú") ends the row.
"""

from __future__ import annotations

import pytest
from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml.ns import qn
from docx.shared import Cm

from pipeline.run import process
from task_layouts import libreoffice
from task_layouts.render import _borders, _shade, convert

pytestmark = pytest.mark.skipif(not libreoffice(), reason="LibreOffice prints the PDFs")

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "Số: 77/KH-UBND", "Cao Bằng, ngày 4 tháng 6 năm 2026", "KẾ HOẠCH",
         "Chuyển đổi số trong cơ quan nhà nước năm 2026", "PHỤ LỤC")
_WIDTHS = (1.2, 6.5, 2.8, 2.8, 2.2)
_TASK_HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]
_FIELDS = ["Y tế", "Giáo dục và Đào tạo", "Nông nghiệp và Môi trường", "Văn hóa, Thể thao và Du lịch"]
_LONG = ("triển khai số hóa hồ sơ, dữ liệu chuyên ngành và kết nối với hệ thống thông tin giải quyết thủ tục hành "
         "chính của tỉnh")


def _long_rows(count: int) -> list[list[str]]:
    return [[_FIELDS[k % 4], f"Nhiệm vụ số {k + 1}: {_LONG}", "Sở Khoa học và Công nghệ", "Sở Nội vụ",
             f"Quý {['I', 'II', 'III', 'IV'][k % 4]}/2026"] for k in range(count)]


_CENTRED_ROWS = [
    ["1", "Rà soát, đánh giá kết quả thực hiện quy trình tiếp nhận, giải quyết hồ sơ trực tuyến toàn trình tại các cơ "
          "quan, đơn vị", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"],
    ["2", "Tổ chức tập huấn nghiệp vụ chuyển đổi số cho đội ngũ cán bộ, công chức cấp xã trên địa bàn toàn tỉnh năm "
          "2026", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Quý III/2026"],
    ["3", "Kiểm tra việc thực hiện quy chế", "Sở Tài chính", "Thanh tra tỉnh", "Tháng 12/2026"]]

_SHADED = [["1", "Rà soát quy trình tiếp nhận hồ sơ trực tuyến", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"],
           ["2", "Tập huấn nghiệp vụ cho công chức cấp xã", "Sở Y tế", "Công an tỉnh", "Quý III/2026"]]

# name -> (header, rows, ruling, the columns centred down their rows): "grid" every rule, "columns" verticals, rules
# round the header and under the table, "shaded" no rule, the header and every other row shaded; the lines under it
_TABLES = {
    # finding 1, the reviewer's: the grid's last page holds row 7 alone; one row; two rows
    "v5": (["Lĩnh vực", *_TASK_HEADER[1:]], _long_rows(7), "grid", ()),
    "v3": (["Thời gian", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm"],
           [["Tháng 9/2026", "Tổ chức hội nghị sơ kết 6 tháng thực hiện Kế hoạch chuyển đổi số",
             "Sở Thông tin và Truyền thông", "Các sở, ngành", "Báo cáo sơ kết"]], "grid", ()),
    "v2": (["Lĩnh vực", *_TASK_HEADER[1:]],
           [["Y tế", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh", "Sở Y tế", "Sở Tài chính", "Quý II/2026"],
            ["Giáo dục và Đào tạo", "Số hóa học bạ, văn bằng chứng chỉ của học sinh trên địa bàn tỉnh",
             "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Quý IV/2026"]], "grid", ()),
    # finding 1, ours: a grid's page with two rows of a long table; a number cell wrapping words under its figure
    "v6": (["Lĩnh vực", *_TASK_HEADER[1:]], _long_rows(8), "grid", ()),
    "v7": (_TASK_HEADER,
           [["1", "Rà soát quy trình tiếp nhận hồ sơ trực tuyến", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"],
            ["2 (bổ sung)", "Tập huấn nghiệp vụ chuyển đổi số cho công chức cấp xã trên địa bàn tỉnh",
             "Sở Y tế", "Sở Nội vụ", "Quý III/2026"]], "grid", ()),
    "v8": (["Thời gian", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm"],
           [["Tháng 9/2026", "Tổ chức hội nghị sơ kết 6 tháng", "Sở Tài chính", "Các sở, ngành", "Báo cáo"],
            ["Tháng 12/2026", "Tổng kết năm thực hiện Kế hoạch", "Sở Nội vụ", "Sở Tư pháp", "Báo cáo tổng kết"]],
           "grid", ()),
    # finding 2, the reviewer's: numbers centred down their rows; every cell but the task's centred
    "c3": (_TASK_HEADER, _CENTRED_ROWS, "columns", (0,)),
    "c2": (_TASK_HEADER, _CENTRED_ROWS, "columns", (0, 2, 3, 4)),
    # guard: the same table with its cells at the top is split by its numbers
    "c0": (_TASK_HEADER, _CENTRED_ROWS, "columns", ()),
    # finding 3, the reviewer's: unnumbered sub-rows under a numbered heading row; ours: the heading row with a lead
    # of its own, three sub-rows
    "c1": (_TASK_HEADER, [_CENTRED_ROWS[0][:1] + ["Rà soát quy trình tiếp nhận hồ sơ trực tuyến"] + _CENTRED_ROWS[0][2:],
                          ["2", "Tổ chức tập huấn nghiệp vụ, gồm:", "", "", ""],
                          ["", "- Tập huấn cho công chức cấp tỉnh", "Sở Nội vụ", "Các sở, ngành", "Quý III/2026"],
                          ["", "- Tập huấn cho công chức cấp xã", "UBND cấp huyện", "Sở Nội vụ", "Quý IV/2026"],
                          _CENTRED_ROWS[2]], "columns", ()),
    "c4": (_TASK_HEADER, [_CENTRED_ROWS[2],
                          ["2", "Tuyên truyền về chuyển đổi số, gồm:", "Sở Văn hóa, Thể thao và Du lịch", "", ""],
                          ["", "+ Trên báo chí", "", "Báo Cao Bằng", "Quý II/2026"],
                          ["", "+ Trên cổng thông tin điện tử", "", "Văn phòng UBND tỉnh", "Quý III/2026"],
                          ["", "+ Tại cơ sở", "", "UBND cấp xã", "Quý IV/2026"],
                          ["3", "Kiểm tra việc thực hiện quy chế", "Sở Tài chính", "Thanh tra tỉnh", "Tháng 12/2026"]],
           "columns", ()),
    # finding 4, the reviewer's: no rule, the header and row 2 shaded, a blank paragraph in the last white row's task
    # cell; ours: two blank paragraphs, the blank in a body's cell; a note under the table stays out of it
    "z1": (_TASK_HEADER, [*_SHADED, ["3", "Tổng kết, đánh giá kết quả thực hiện\n\nBáo cáo UBND tỉnh", "Sở Nội vụ",
                                     "Các sở, ngành", "Tháng 12/2026"]], "shaded", ()),
    "z4": (_TASK_HEADER, [*_SHADED, ["3", "Tổng kết, đánh giá kết quả thực hiện\n\n\nGửi báo cáo về Bộ Nội vụ",
                                     "Sở Nội vụ", "Các sở, ngành", "Tháng 12/2026"]], "shaded", ()),
    "z5": (_TASK_HEADER, [*_SHADED, ["3", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch năm 2026", "Sở Nội vụ",
                                     "Các sở, ngành\n\nVăn phòng UBND tỉnh", "Tháng 12/2026"]], "shaded", ()),
    "z3": (_TASK_HEADER, [*_SHADED, ["3", "Tổng kết, đánh giá kết quả", "Sở Nội vụ", "Các sở, ngành", "Tháng 12/2026"]],
           "shaded", (), ("Ghi chú", "Các sở bổ sung nhiệm vụ phát sinh.")),
}


def _write(path, header, rows, ruling, centred, after=()) -> None:
    d = Document()
    for line in _HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.autofit = False
    if ruling == "shaded":
        _borders(t._tbl.tblPr, "w:tblBorders", {e: False for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
    if ruling == "columns":
        _borders(t._tbl.tblPr, "w:tblBorders", {e: e in ("top", "bottom", "left", "right", "insideV")
                                                for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
    for column, width in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), _WIDTHS):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for r, row in enumerate([header, *rows]):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(_WIDTHS[c])
            cell.text = text
            if r and c in centred:
                cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            if r == 0 and ruling == "columns":
                _borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", {"bottom": True})
            if ruling == "shaded" and r % 2 == 0:
                _shade(cell, "BFBFBF" if r == 0 else "E7E6E6")
    for line in after:
        d.add_paragraph(line)
    d.add_paragraph("Nơi nhận:")
    d.add_paragraph("- Lưu: VT.")
    d.save(path)


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s42review")
    sources = []
    for name, table in _TABLES.items():
        sources.append(folder / f"{name}.docx")
        _write(sources[-1], *table)
    convert(sources, "pdf", folder)
    return {name: process(folder / f"{name}.pdf") for name in _TABLES}


def _fields(task) -> tuple:
    return (task.content, [m.name for m in task.lead], [m.name for m in task.support],
            task.deadline.text if task.deadline else None)


@pytest.mark.parametrize("name", ["v5", "v6", "v2", "v3", "v7", "v8"])
def test_a_grids_wrapped_first_column_does_not_cut_its_rows(read, name):
    """One task for each ruled row, each with its own whole bodies and deadline."""
    header, rows, _, _ = _TABLES[name]
    tasks = read[name].tasks
    assert len(tasks) == len(rows)
    for task, row in zip(tasks, rows):
        content, lead, support, deadline = _fields(task)
        assert " ".join(content.split()) == row[1]
        assert lead == [row[2]]
        if header[-1] == "Thời hạn":
            assert deadline == row[4]


@pytest.mark.parametrize("name", ["c3", "c2"])
def test_numbers_centred_down_their_rows_give_no_sliced_or_merged_fields(read, name):
    """No cut through the other columns' lines, no row given the three rows' bodies and deadlines. s43: each number
    half-way down its row proves where the rows end (``rules._centred_row_cuts``): the rows are read whole."""
    tasks = read[name].tasks
    assert [_fields(t)[1:] for t in tasks] == [([r[2]], [r[3]], r[4]) for r in _CENTRED_ROWS]


@pytest.mark.parametrize("name,heading", [("c1", 1), ("c4", 1)])
def test_unnumbered_sub_rows_give_no_merged_fields(read, name, heading):
    """A numbered row holding unnumbered sub-rows (no rule between them): its bodies and deadline null with a
    warning, never the sub-rows' bodies and deadlines merged; the rows around it whole. (s43-blindtab parted such
    sub-rows at their dashed lines, ``rules._sub_row_cuts``; taken out in the s43 review: a wrapped cell's lines
    level with a task's dashed parts were cut so too, into made-up rows with broken leads; put back with guards in
    s44-blindtab, taken out again in the s44 review: nested lists and wrapped names still made rows up.)"""
    rows = _TABLES[name][1]
    doc = read[name]
    numbered = [r for r in rows if r[0]]
    assert [t.number for t in doc.tasks] == [r[0] for r in numbered]
    for task, row in zip(doc.tasks, numbered):
        if row is rows[heading]:
            assert _fields(task)[1:] == ([], [], None)
            assert any(w.code == "cell_unreadable" and task.id in w.message for w in doc.warnings)
        else:
            assert _fields(task)[1:] == ([row[2]], [row[3]], row[4])


def test_numbers_at_the_top_of_their_rows_still_split_the_band(read):
    """Guard: the rule's own case, rows ruled between columns only, numbers on their rows' first lines."""
    tasks = read["c0"].tasks
    assert [_fields(t)[1:] for t in tasks] == [([r[2]], [r[3]], r[4]) for r in _CENTRED_ROWS]


@pytest.mark.parametrize("name", ["z1", "z4", "z5", "z3"])
def test_a_blank_paragraph_in_the_last_white_row_keeps_its_rest(read, name):
    """The lines after a blank paragraph in a cell of the last row, left white under the last shaded row, stay in
    their cell; the text under the table (z3: a note at the first column's left) stays out of it."""
    rows = _TABLES[name][1]
    doc = read[name]
    assert len(doc.tasks) == len(rows)
    last, row = doc.tasks[-1], rows[-1]
    content, lead, support, deadline = _fields(last)
    assert " ".join(content.split()) == " ".join(row[1].split())
    assert (lead, deadline) == ([row[2]], row[4])
    assert support == [part for part in row[3].split("\n") if part]
