"""s44 review (rev4) of the PDF sub-row rule: tables ruled between their columns only, printed by LibreOffice from
python-docx (``_write`` of tests/test_column_rules_s43.py). s44-blindtab had put ``rules._sub_row_cuts`` back (dashed
lines under a numbered "… gồm:" row parted as unnumbered sub-rows, guarded by ``cells.line_goes_on``); it still
invented rows from ordinary prints, with no warning (each case below failed on 5671447, s44-lead):

1. top-aligned "+" items under a "-" part beside supports one a line ("Sở Tư pháp" / "Sở Tài chính" / "Công an
   tỉnh", or each opening "- "): rows "Báo tỉnh" and "Đài tỉnh" invented, each given one support;
2. two "-" items in one sub-row beside co-leads one a line: split into two rows, the second with no support or time;
3. centred or bottom-aligned cells wrapped before a capital or a figure ("Quý II năm" / "2026", "Bộ Chỉ huy" / "Quân
   sự tỉnh", "Hội Liên hiệp" / "Phụ nữ tỉnh", "Văn phòng" / "UBND tỉnh", "Ủy ban MTTQ" / "Việt Nam tỉnh"): the
   numbered row lost, two rows invented each with half a name and half a period (deadline "2026");
4. a cell merged down over true sub-rows and centred: its value given to the middle sub-row only.

The geometry of such a print does not prove sub-rows against wrapped cells and nested lists: the rule is taken out
again, and such a row is read null with ``cell_unreadable``. Each PDF task is a DOCX task or null with a warning,
each numbered row of the DOCX is kept, and no PDF reads more tasks than the DOCX.
"""

from __future__ import annotations

import pytest
from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL
from test_column_rules_s43 import _write

from pipeline.run import process
from task_layouts import libreoffice
from task_layouts.render import convert

pytestmark = pytest.mark.skipif(not libreoffice(), reason="LibreOffice prints the PDFs")

_SPEC = (["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
         (1.0, 5.4, 3.2, 3.2, 3.0))
_FIRST = ["1", "Ban hành kế hoạch", "Sở Nội vụ", "Sở Tư pháp", "Năm 2026"]
_LAST = ["3", "Sơ kết, đánh giá kết quả", "Sở Nội vụ", "Sở Tư pháp", "Năm 2026"]
_HEAD = ["2", "Tuyên truyền, phổ biến, gồm:", "", "", ""]
_TAIL = ["", "- Tập huấn cán bộ", "Sở Nội vụ", "UBND các xã", "Quý III/2026"]
_PLUS = "- Tuyên truyền trên:\n+ Báo tỉnh\n+ Đài tỉnh"
_PARTS = "Tuyên truyền, gồm:\n- Trên báo tỉnh\n- Trên đài tỉnh"
_PARTS_LONG = "Tuyên truyền, gồm:\n- Trên báo tỉnh\n- Trên cổng thông tin điện tử tỉnh"
_CENTRED = {2: "c", 3: "c", 4: "c"}
_BOTTOM = {2: "b", 3: "b", 4: "b"}

# name -> (rows, columns set "c"entre / "b"ottom down their rows)
_TABLES = {
    # finding 1: the reviewer's, supports one a line and each opening "- "; a variant: co-leads one a line
    "f1_plus_supports": ([_FIRST, _HEAD, ["", _PLUS, "Sở Y tế", "Sở Tư pháp\nSở Tài chính\nCông an tỉnh", "Năm 2026"],
                          _TAIL, _LAST], {}),
    "f1_dash_supports": ([_FIRST, _HEAD, ["", _PLUS, "Sở Y tế", "- Sở Tư pháp\n- Sở Tài chính\n- Công an tỉnh",
                                          "Năm 2026"], _TAIL, _LAST], {}),
    "f1_plus_coleads": ([_FIRST, _HEAD, ["", _PLUS, "Sở Y tế\nSở Tài chính\nCông an tỉnh", "Sở Tư pháp",
                                         "Quý II/2026"], _TAIL, _LAST], {}),
    # finding 2: the reviewer's; a variant: "+" items beside co-leads and co-supports one a line
    "f2_dash_coleads": ([_FIRST, _HEAD, ["", "- Hội nghị cấp tỉnh\n- Hội nghị cấp xã", "Sở Nội vụ\nUBND các xã",
                                         "Sở Tư pháp", "Quý I/2026"], _TAIL, _LAST], {}),
    "f2_plus_both": ([_FIRST, _HEAD, ["", "+ Hội nghị cấp tỉnh\n+ Hội nghị cấp xã", "Sở Nội vụ\nUBND các xã",
                                      "Sở Tư pháp\nSở Tài chính", "Quý I/2026"], _TAIL, _LAST], {}),
    # finding 3: the reviewer's (centred co-leads and a wrapped support and period; bottom-aligned wrapped names)
    "f3_centred_coleads": ([_FIRST, ["2", _PARTS_LONG, "Sở Y tế\nSở Tài chính", "Hội Liên hiệp Phụ nữ tỉnh",
                                     "Quý II năm 2026"], _LAST], _CENTRED),
    "f3_bottom_wrapped": ([_FIRST, ["2", _PARTS, "Bộ Chỉ huy Quân sự tỉnh", "Văn phòng UBND tỉnh", "Tháng 6 năm 2026"],
                           _LAST], _BOTTOM),
    "f3_bottom_mttq": ([_FIRST, ["2", _PARTS, "Ủy ban MTTQ Việt Nam tỉnh", "", "Quý II năm 2026"], _LAST], _BOTTOM),
}

_SUB_ROWS = [["1", "Ban hành kế hoạch", "Sở Nội vụ", "Sở Tư pháp", "Năm 2026"],
             ["2", "Tuyên truyền, gồm:", "", "", ""],
             ["", "- Trên báo tỉnh", "Báo tỉnh", "Sở Nội vụ", ""],
             ["", "- Trên đài tỉnh", "Đài tỉnh", "Sở Nội vụ", ""],
             ["", "- Trên cổng thông tin", "Sở Y tế", "Sở Nội vụ", ""],
             ["3", "Sơ kết, đánh giá kết quả", "Sở Nội vụ", "Sở Tư pháp", "Năm 2026"]]
# finding 4: a cell merged down over three true sub-rows, centred: the reviewer's (the time) and a variant (the support)
_MERGED = {"f4_merged_time_centred": (4, "Quý II/2026"), "f4_merged_support_centred": (3, "Sở Tư pháp")}


def _write_merged(path, column: int, text: str) -> None:
    rows = [list(r) for r in _SUB_ROWS]
    for row in rows[2:5]:
        row[column] = ""
    _write(path, _SPEC, rows, {})
    d = Document(path)
    cell = d.tables[0].cell(3, column).merge(d.tables[0].cell(5, column))
    cell.text = text
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    d.save(path)


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s44review_pdf")
    sources = []
    for name, (rows, aligned) in _TABLES.items():
        sources.append(folder / f"{name}.docx")
        _write(sources[-1], _SPEC, rows, aligned)
    for name, (column, text) in _MERGED.items():
        sources.append(folder / f"{name}.docx")
        _write_merged(sources[-1], column, text)
    convert(sources, "pdf", folder)
    return {name: (process(folder / f"{name}.docx"), process(folder / f"{name}.pdf")) for name in [*_TABLES, *_MERGED]}


def _fields(task) -> tuple:
    return (task.number, tuple(m.name for m in task.lead), tuple(m.name for m in task.support),
            " ".join(task.deadline.text.split()) if task.deadline else None)


@pytest.mark.parametrize("name", [*_TABLES, *_MERGED])
def test_dashed_lines_beside_wrapped_or_listed_cells_invent_no_row(read, name):
    """No invented row, no value of one row given to another, no half a name or period: each PDF task's bodies and
    time are a DOCX task's, or null with ``cell_unreadable``; the DOCX's numbered rows are all kept."""
    docx, pdf = read[name]
    truth = {_fields(t)[1:] for t in docx.tasks}
    assert docx.tasks and pdf.tasks and len(pdf.tasks) <= len(docx.tasks)
    for task in pdf.tasks:
        assert _fields(task)[1:] in truth | {((), (), None)}, _fields(task)
    assert {t.number for t in docx.tasks if t.number} <= {t.number for t in pdf.tasks}
    if any(_fields(t)[1:] == ((), (), None) for t in pdf.tasks):
        assert "cell_unreadable" in {w.code for w in pdf.warnings}
