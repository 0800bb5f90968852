"""PDF task tables ruled between their columns only: unnumbered sub-rows ("- …" / "+ …" under a numbered "… gồm:"
row, each with its own bodies and time) told from one task listing dashed parts beside a wrapped, centred or
bottom-aligned cell. Small tables of our own wordings printed by LibreOffice from python-docx (``_write`` of
tests/test_column_rules_s43.py); each PDF is read as the DOCX it was printed from is.

LibreOffice prints Word's rows with no padding, so both give the same lines: dashed lines in the task's column level
with the other columns' lines. s43 left every such row null with ``cell_unreadable``. s44-blindtab put
``rules._sub_row_cuts`` back, parting them where the lines seemed to prove sub-rows (the numbered row naming nothing
beside its task, each part's cells opening on its dashed line, no part's text going on from the part above); the s44
review found it still inventing rows from nested "+" lists, co-leads or supports one a line, names and periods wrapped
before a capital or a figure, and merged cells (tests/test_s44_review_pdf.py), so it was taken out again: such a row
is null with ``cell_unreadable``.

- ``rows``: true sub-rows, read as the DOCX reads them: strict xfails (the print cannot prove them; null with
  warnings, which the traps' test checks);
- ``traps``: one task's dashed parts beside cells that land level with them: never a made-up row nor a value moved to
  another row; each PDF task is a DOCX task or null with a warning.
"""

from __future__ import annotations

import pytest
from test_column_rules_s43 import _FIVE, _write

from pipeline.run import process
from task_layouts import libreoffice
from task_layouts.render import convert

pytestmark = pytest.mark.skipif(not libreoffice(), reason="LibreOffice prints the PDFs")

_NARROW = (["STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"], (1.2, 7.6, 2.2, 2.6, 2.1))
_WIDE = (["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"], (1.1, 5.2, 3.6, 3.6, 2.4))
_FIRST = ["1", "Ban hành kế hoạch triển khai", "Sở Nội vụ", "Sở Tư pháp", "Quý I/2026"]
_LAST = ["4", "Sơ kết, đánh giá kết quả", "Sở Nội vụ", "Các sở, ngành", "Tháng 12/2026"]

# name -> (header and widths, rows, columns set "c"entre / "b"ottom down their rows)
_ROWS = {
    # sub-rows "- …", a lead wrapped inside its own sub-row
    "r1_wrapped_lead": (_NARROW, [_FIRST, ["2", "Bồi dưỡng cán bộ, gồm:", "", "", ""],
                                  ["", "- Bồi dưỡng kỹ năng số", "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ",
                                   "Quý II/2026"],
                                  ["", "- Bồi dưỡng ngoại ngữ", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Quý III/2026"],
                                  _LAST], {}),
    # "+ …" sub-rows, numbers "1." and "2.", three under one row, wide agency columns
    "r2_plus_three": (_WIDE, [["1.", "Phát triển du lịch cộng đồng:", "", "", ""],
                              ["", "+ Khảo sát điểm du lịch", "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã", "Quý II/2026"],
                              ["", "+ Đào tạo hướng dẫn viên", "Trường Cao đẳng tỉnh", "Hội Du lịch tỉnh", "Quý III/2026"],
                              ["", "+ Quảng bá sản phẩm du lịch", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
                               "Báo và Phát thanh, Truyền hình tỉnh", "Quý IV/2026"],
                              ["2.", "Tổng kết thực hiện", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ngành",
                               "Tháng 12/2026"]], {}),
    # a sub-row's task over two lines
    "r3_two_line_task": (_FIVE, [_FIRST, ["2", "Chuyển đổi số, gồm:", "", "", ""],
                                 ["", "- Số hóa hồ sơ thủ tục hành chính tại bộ phận một cửa các xã, phường trên địa "
                                      "bàn tỉnh", "Sở Khoa học và Công nghệ", "UBND các xã, phường", "Năm 2026"],
                                 ["", "- Tập huấn chữ ký số", "Sở Khoa học và Công nghệ", "Bưu điện tỉnh", "Quý IV/2026"],
                                 _LAST], {}),
    # two numbered rows each over sub-rows, one sub-row without a support
    "r4_two_groups": (_FIVE, [["1", "Tuyên truyền, gồm:", "", "", ""],
                              ["", "- Trên báo in", "Báo tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Quý II/2026"],
                              ["", "- Trên mạng xã hội", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Thường xuyên"],
                              ["2", "Kiểm tra, gồm:", "", "", ""],
                              ["", "- Kiểm tra liên ngành", "Sở Y tế", "Công an tỉnh", "Quý III/2026"],
                              ["", "- Kiểm tra chuyên ngành", "Sở Công Thương", "Quản lý thị trường tỉnh", "Quý IV/2026"]],
                      {}),
}
# numbers centred down rows of two lines and more (row 1's time wraps): the band goes to ``_centred_row_cuts``
_ROWS["r5_centred_numbers"] = (_FIVE, _ROWS["r3_two_line_task"][1], {0: "c"})
_WHY = ("sub-rows in a PDF ruled between columns only are not parted: the print cannot prove them against wrapped "
        "cells and nested lists (rules._sub_row_cuts taken out, s44 review); null with cell_unreadable")

_PARTS = "Tuyên truyền, gồm:\n- Trên báo tỉnh\n- Trên đài tỉnh"
_TRAPS = {
    # a lead wrapped level with the parts, top-aligned (the reviewer's, in a narrow column): the numbered row names it
    "t1_wrapped_top": (_NARROW, [_FIRST, ["2", _PARTS, "Sở Văn hóa, Thể thao và Du lịch", "Báo tỉnh", "Năm 2026"],
                                 _LAST], {3: "c", 4: "c"}),
    # a name broken by hand, centred beside four lines: its lines level with the second and third ("Sở Công" / "Thương")
    "t2_registry_wrap": (_FIVE, [_FIRST, ["2", "Tổ chức hội chợ, gồm:\n- Hội chợ nông sản\n- Phiên chợ hàng Việt\n"
                                          "tại các xã vùng cao", "Sở Công\nThương", "", "Quý III/2026\nQuý IV/2026"],
                                 _LAST], {2: "c", 4: "c"}),
    # bottom-aligned: a name wrapped at " và" over the last two lines, the support and time on the last
    "t3_bottom_wrap": (_FIVE, [_FIRST, ["2", _PARTS, "Sở Nông nghiệp\nvà Môi trường", "Báo tỉnh", "Năm 2026"], _LAST],
                       {2: "b", 3: "b", 4: "b"}),
    # bottom-aligned: two bodies one a line beside the parts, the time on the last line only
    "t4_bottom_list": (_FIVE, [_FIRST, ["2", _PARTS, "Sở Tài chính\nSở Tư pháp", "", "Quý III/2026"], _LAST],
                       {2: "b", 3: "b", 4: "b"}),
    # bottom-aligned: two bodies one a line, a bare year that does not wrap on the last line only (no word goes on)
    "t7_bottom_list_year": (_WIDE, [_FIRST, ["2", _PARTS, "Sở Tài chính\nSở Tư pháp", "", "2026"], _LAST],
                            {2: "b", 3: "b", 4: "b"}),
    # centred: a time "Năm" / "2026" and a support wrapped at a comma beside four lines
    "t5_centred_time": (_FIVE, [_FIRST, ["2", "Tuyên truyền, gồm:\n- Trên báo tỉnh\n- Trên đài tỉnh\n- Trên cổng thông "
                                         "tin\nđiện tử tỉnh", "", "UBND các xã,\nphường", "Năm\n2026"], _LAST],
                        {3: "c", 4: "c"}),
    # "+" parts beside a lead centred over the middle two of four lines, wrapped at a comma
    "t6_plus_centred": (_NARROW, [_FIRST, ["2", "Quảng bá:\n+ Tại hội chợ\n+ Trên sàn\nthương mại điện tử",
                                           "Sở Văn hóa,\nThể thao", "", "Quý II/\n2026"], _LAST], {2: "c", 4: "c"}),
}


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s44subrows")
    tables = {**_ROWS, **_TRAPS}
    sources = []
    for name, (spec, rows, aligned) in tables.items():
        sources.append(folder / f"{name}.docx")
        _write(sources[-1], spec, rows, aligned)
    convert(sources, "pdf", folder)
    return {name: (process(folder / f"{name}.docx"), process(folder / f"{name}.pdf")) for name in tables}


def _fields(task) -> tuple:
    return (task.number, " ".join(task.content.split()), tuple(m.name for m in task.lead),
            tuple(m.name for m in task.support), " ".join(task.deadline.text.split()) if task.deadline else None)


@pytest.mark.parametrize("name", [pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=_WHY)]) for n in _ROWS])
def test_true_sub_rows_are_read_as_the_docx(read, name):
    docx, pdf = read[name]
    assert docx.tasks and [_fields(t) for t in pdf.tasks] == [_fields(t) for t in docx.tasks]
    assert "cell_unreadable" not in {w.code for w in pdf.warnings}


@pytest.mark.parametrize("name", [*_TRAPS, *_ROWS])
def test_dashed_parts_beside_a_cell_are_no_sub_rows(read, name):
    """No invented row, no value of one row given to another: each PDF task's bodies and time are a DOCX task's, or
    null with a warning."""
    docx, pdf = read[name]
    truth = {_fields(t)[2:] for t in docx.tasks}
    assert docx.tasks and pdf.tasks and (len(pdf.tasks) == len(docx.tasks) or name in _ROWS)  # sub-rows: one row
    for task in pdf.tasks:
        assert _fields(task)[2:] in truth | {((), (), None)}, _fields(task)
    if any(_fields(t)[2:] == ((), (), None) for t in pdf.tasks):
        assert "cell_unreadable" in {w.code for w in pdf.warnings}
