"""Task tables copied as text from legal sites, on small tables of our own wordings (the thirtieth bed holds whole
documents of these classes: tests/test_thirtieth_bed.py).

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- a browser's tabbed copy of a row one cell short (a cell merged down over it) whose other cell runs over several
  lines ("- Sở A" / "- Sở B<TAB>Quý III/2026", or "…, gồm:" / "- Rà soát …"): its second line was read as a row of
  its own, a later row's time shifted onto the row above and a dashed body read as a task, or the rows after it lost.
  Now such a row stays one row; which of its agency columns is merged down is left unsaid (empty, with a warning);
- a copy a cell a "|"-ended line whose time is merged down over rows that print their bodies over several lines:
  every row leaving its last cell to the row above was doubtful, and the cells read by position won (a row's number
  read as the time, tasks lost). A trailing cell a "|" copy does not print is merged down (an empty one prints " |");
- a copy a cell a paragraph with a blank line after each, of cells a site broke where their column ended: a short
  line ending at a comma ("Sở Y tế,") did not go on over the next ("Ban Quản lý các khu"), and the aligner gave the
  names to the cell beside (the lead took the support's first bodies). Lines with no blank line between are one;
- a table with no number column copied a cell a "|" line under the annex's "(Kèm theo …)": the reference line ran
  into the first header cell ("Nhiệm vụ"), and every row was lost;
- Markdown rows whose first row is a caption across the table over a two-row header written once (markdownify's
  form): no row was read;
- a product opening with "Kết luận" or "Chuyên mục" after the support's last body went on that body's name.
"""

from __future__ import annotations

import pytest

from dataclasses import replace

from pipeline.run import process
from task_layouts import TEXT_RENDERERS, evaluate, expected_of_layout
from task_layouts.layouts import DEADLINES, PROVINCE, STD, COLLECTIVE, columns, tasks
from task_layouts.layouts import _plan as _layout_plan
from task_layouts.spec import TaskTable
from test_eighteenth_bed import _HEAD

_T = "\t"
_TIMES = ("Quý II/2026", "Quý III/2026", "Tháng 9/2026", "Năm 2026")


def _plan(tmp_path, lines: list[str], blank: bool = False):
    path = tmp_path / "plan.txt"
    sep = "\n\n" if blank else "\n"
    path.write_text("\n\n".join(_HEAD) + "\n\n" + sep.join(lines) + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return process(path)


def _got(doc) -> list[tuple]:
    return [(t.number, [m.name for m in t.lead], [m.name for m in t.support], t.deadline.text if t.deadline else None)
            for t in doc.tasks]


# -- Tabbed rows one cell short whose other cell runs over several lines ----------------------------------------------

_HEADERS = (("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"),
            ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"))


@pytest.mark.parametrize("header", _HEADERS)
@pytest.mark.parametrize("bullet", ["- ", "+ "])
def test_a_short_tabbed_row_whose_last_bodies_run_over_lines_stays_one_row(tmp_path, header, bullet):
    """The lead merged down over rows 2 and 3: their support over two lines is one cell, their agency columns read two
    ways (left empty); the times stay with their rows and no body is a task."""
    lines = [_T.join(header),
             _T.join(("1", "Rà soát quy trình tiếp nhận hồ sơ", f"{bullet}Sở Nội vụ", f"{bullet}Sở Tư pháp", _TIMES[0])),
             _T.join(("2", "Tập huấn nghiệp vụ cho công chức", f"{bullet}Sở Y tế")), f"{bullet}Công an tỉnh{_T}{_TIMES[1]}",
             _T.join(("3", "Kiểm tra việc thực hiện quy chế", f"{bullet}Sở Tài chính")), f"{bullet}Thanh tra tỉnh{_T}{_TIMES[2]}",
             _T.join(("4", "Tổng kết, báo cáo kết quả", f"{bullet}Sở Xây dựng", f"{bullet}Sở Công Thương", _TIMES[3]))]
    got = _got(_plan(tmp_path, lines))
    assert [(n, d) for n, _, _, d in got] == [("1", _TIMES[0]), ("2", _TIMES[1]), ("3", _TIMES[2]), ("4", _TIMES[3])]
    assert got[1][1:3] == got[2][1:3] == ([], [])  # which column is merged: unsaid, never guessed
    assert got[3][1:3] == (["Sở Xây dựng"], ["Sở Công Thương"])


@pytest.mark.parametrize("header", _HEADERS)
@pytest.mark.parametrize("opener", ["gồm:", "cụ thể:"])
def test_a_short_tabbed_row_whose_task_lists_its_parts_stays_one_row(tmp_path, header, opener):
    """The task's cell opens a list ("…, gồm:" / "- Rà soát …") in a row one cell short: the rows after it are kept."""
    lines = [_T.join(header),
             _T.join(("1", "Rà soát quy trình tiếp nhận hồ sơ", "Sở Nội vụ", "Sở Tư pháp", _TIMES[0])),
             _T.join(("2", f"Tổ chức tập huấn nghiệp vụ, {opener}")), "- Tập huấn cho cấp tỉnh",
             f"- Tập huấn cho cấp xã{_T}Sở Y tế{_T}{_TIMES[1]}",
             _T.join(("3", "Kiểm tra việc thực hiện quy chế", "Sở Tài chính", "Thanh tra tỉnh", _TIMES[2]))]
    got = _got(_plan(tmp_path, lines))
    assert [(n, d) for n, _, _, d in got] == [("1", _TIMES[0]), ("2", _TIMES[1]), ("3", _TIMES[2])]
    assert got[2][1:3] == (["Sở Tài chính"], ["Thanh tra tỉnh"])


def test_lines_that_begin_no_list_are_still_short_rows_of_their_own(tmp_path):
    """A guard: a row short by its merged time whose next line opens with a capital and no bullet (no cell's second
    line) stays a row of its own, as before."""
    lines = [_T.join(_HEADERS[0]),
             _T.join(("1", "Rà soát quy trình tiếp nhận hồ sơ", "Sở Nội vụ", "Sở Tư pháp", _TIMES[0])),
             _T.join(("2", "Tập huấn nghiệp vụ cho công chức", "Sở Y tế", "Công an tỉnh")),
             _T.join(("3", "Kiểm tra việc thực hiện quy chế", "Sở Tài chính", "Thanh tra tỉnh", _TIMES[2]))]
    got = _got(_plan(tmp_path, lines))
    assert got[1] == ("2", ["Sở Y tế"], ["Công an tỉnh"], _TIMES[0])


# -- Whole tables printed by the bed's renderers (tests/task_layouts), in several wordings, widths and forms ----------


def _failures(tmp_path, table: TaskTable, fmt: str, **extra) -> list[str]:
    layout = _layout_plan("variant", "Lạng Sơn", "Số: 41/KH-UBND", "ngày 3 tháng 9 năm 2026",
                          "cải thiện môi trường đầu tư năm 2026", [table], "", **extra)
    path = tmp_path / f"variant.{fmt}"
    path.write_text(TEXT_RENDERERS[fmt](layout), encoding="utf-8")
    return evaluate(path, expected_of_layout(layout), layout.name, fmt).failures()


_WIDE = PROVINCE[5:11] + PROVINCE[15:] + COLLECTIVE  # the longest names: they break in a narrow column


@pytest.mark.parametrize("seed", [1800, 1810, 1820])
@pytest.mark.parametrize("separator", ["\n- ", "\n"])
@pytest.mark.parametrize("fmt", ["pipe.txt", "bar.txt"])
def test_a_time_merged_down_over_bodies_on_several_lines_a_cell_a_pipe_line(tmp_path, seed, separator, fmt):
    """The time merged down over four tasks each, the supports one per line: every row keeps its number, its bodies
    and the time above (before: a row's number read as the time, a body as a task, the rows after it lost)."""
    made = [replace(t, deadline=DEADLINES[i // 4])
            for i, t in enumerate(tasks(seed, 8, lead_counts=(1,), support_counts=(2, 3, 1), outputs=False))]
    table = TaskTable(columns("TT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                              "Thời hạn:deadline"), tuple(made), merge=("deadline",), separator=separator)
    assert not _failures(tmp_path, table, fmt)


@pytest.mark.parametrize("seed", [1700, 1710, 1720])
@pytest.mark.parametrize("width", [56, 66, 80])
def test_cells_broken_at_their_width_a_blank_line_after_each(tmp_path, seed, width):
    """A site's copy a cell a paragraph whose cells are broken where their column ended ("Sở Y tế," / "Ban Quản lý
    các khu" / "công nghiệp tỉnh,"): each cell's lines are one cell, whatever the width (5 of these 9 cases gave a
    body to the cell beside before; the others are guards)."""
    for separator in ("; ", ", "):
        made = tasks(seed, 6, leads=_WIDE, supports=_WIDE, support_counts=(2, 3, 1))
        assert not _failures(tmp_path, TaskTable(STD, tuple(made), separator=separator), "txt", wrap_width=width)


@pytest.mark.parametrize("products", [("Kết luận kiểm tra", "Chuyên mục, tin bài", "Kết luận thanh tra"),
                                      ("Chuyên mục trên báo tỉnh", "Kết luận kiểm tra", "Báo cáo")])
@pytest.mark.parametrize("width", [56, 64, 72])
def test_a_product_after_the_bodies_is_no_part_of_their_names(tmp_path, products, width):
    """The time before the bodies, the product last: "Kết luận kiểm tra", "Chuyên mục …" after the support's last
    body is the product's cell, not that body's last words."""
    made = tasks(1900, 6, leads=_WIDE, supports=_WIDE, support_counts=(2, 1), products=products)
    table = TaskTable(columns("STT:number", "Nhiệm vụ:content", "Thời gian hoàn thành:deadline", "Cơ quan chủ trì:lead",
                              "Cơ quan phối hợp:support", "Kết quả:output"), tuple(made))
    assert not _failures(tmp_path, table, "txt", wrap_width=width)


# -- No number column under the annex's reference line ---------------------------------------------------------------


def _piped(rows: list[tuple[str, ...]], bar: bool) -> list[str]:
    """A cell a line (its own lines first), ended by " |", or followed by a line "|"."""
    out: list[str] = []
    for row in rows:
        for cell in row:
            lines = cell.split("\n")
            out += [*lines, "|"] if bar else [*lines[:-1], f"{lines[-1]} |"]
    return out


@pytest.mark.parametrize("first", ["Nhiệm vụ", "Nội dung công việc"])
@pytest.mark.parametrize("bar", [False, True], ids=["pipe", "bar"])
def test_a_first_header_cell_under_the_reference_line_opens_the_table(tmp_path, first, bar):
    rows = [(first, "Đơn vị chủ\ntrì", "Đơn vị phối\nhợp", "Thời hạn"),
            ("1. Rà soát, đánh giá kết quả\nthực hiện các nhiệm vụ cải\ncách hành chính", "Sở Nội\nvụ", "Sở Tư\npháp",
             "Quý II/2026"),
            ("2. Tổ chức tập huấn nghiệp\nvụ cho công chức cấp xã", "Sở Tài\nchính", "Công an\ntỉnh", "Năm 2026")]
    lines = ["(Kèm theo Kế hoạch số 77/KH-UBND ngày 4 tháng 6 năm 2026 của UBND tỉnh Cao Bằng)", *_piped(rows, bar)]
    got = _got(_plan(tmp_path, lines))
    assert [(lead, support, time) for _, lead, support, time in got] == [
        (["Sở Nội vụ"], ["Sở Tư pháp"], "Quý II/2026"), (["Sở Tài chính"], ["Công an tỉnh"], "Năm 2026")]


# -- A caption over a two-row header, Markdown rows written once -----------------------------------------------------


@pytest.mark.parametrize("caption", ["PHÂN CÔNG THỰC HIỆN NHIỆM VỤ", "Bảng phân công nhiệm vụ năm 2026"])
def test_a_caption_over_a_header_written_once(tmp_path, caption):
    lines = [f"| {caption} |  |  |  |  |", "|---|---|---|---|---|",
             "| STT | Nội dung nhiệm vụ | Cơ quan thực hiện |  | Thời gian hoàn thành |", "| Chủ trì | Phối hợp |",
             "| 1 | Rà soát quy trình tiếp nhận hồ sơ | Sở Nội vụ | Sở Tư pháp | Quý II/2026 |",
             "| 2 | Tập huấn nghiệp vụ cho công chức | Sở Tài chính |  | Năm 2026 |"]
    assert _got(_plan(tmp_path, lines)) == [("1", ["Sở Nội vụ"], ["Sở Tư pháp"], "Quý II/2026"),
                                            ("2", ["Sở Tài chính"], [], "Năm 2026")]
