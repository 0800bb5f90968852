"""Task tables as other hands print and copy them: the fourteenth test bed (tests/task_layouts, layouts 127+, --bed
fourteenth), and each of its faults on small tables of our own wordings built here.

What was wrong before (each test below fails without its fix; scripts/evaluate_tasks.py --bed fourteenth, seven
formats):
- a date too long for a narrow PDF cell, wrapped inside its year ("30/6/2" over "026", "Tháng 11/202" over "6"), was
  read "30/6/2 026": no date, or the wrong text;
- one cell a line with no blank line between, an empty cell printed as a blank line (or a line of one space) was
  dropped by the text reader, so a row with no support took the row above's as merged from above;
- a table printed without its header row lost its first row (read as the header) or all its tasks; its bodies'
  columns were given lead and support by their order;
- a table split at a page break whose second part prints only the column numbers "(1) (2) …", a running header
  with no page number between the parts: the numbers and the running header ran into the last row's cells.
"""

from __future__ import annotations

import pytest

from parsers.pdf import _join_cell_lines
from pipeline.run import process
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, FOURTEENTH_BED
from task_layouts.render import TEXT_RENDERERS

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in FOURTEENTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_fourteenth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 57/KH-UBND\nQuảng Trị, ngày 9 tháng 4 năm 2026\nKẾ HOẠCH\n"
         "Thực hiện các nhiệm vụ trọng tâm năm 2026\n")
_TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n"


def _process(tmp_path, text: str, suffix: str = "txt"):
    path = tmp_path / f"plan.{suffix}"
    path.write_text(text if suffix == "html" else _HEAD + text + _TAIL, encoding="utf-8")
    return process(path)


def _got(doc) -> list[tuple]:
    return [(t.content, [m.name for m in t.lead], [m.name for m in t.support], t.deadline.text if t.deadline else None)
            for t in doc.tasks]


# -- A date wrapped inside a narrow PDF cell ----------------------------------------------------------------------------

@pytest.mark.parametrize("lines,whole", [
    (["31/10/202", "6"], "31/10/2026"), (["30/6/2", "026"], "30/6/2026"), (["15/12/20", "26"], "15/12/2026"),
    (["Tháng 11/202", "6"], "Tháng 11/2026"), (["Quý IV/202", "6"], "Quý IV/2026"), (["Quý II/20", "26"], "Quý II/2026"),
    (["Trước ngày", "30/6/2", "026"], "Trước ngày 30/6/2026"), (["Hoàn thành trước", "ngày 5/3/19", "99"], "Hoàn thành trước ngày 5/3/1999"),
])
def test_a_year_wrapped_inside_a_narrow_cell_is_joined(lines, whole):
    assert _join_cell_lines("\n".join(lines)) == whole


@pytest.mark.parametrize("lines,kept", [
    (["Quyết định 125/20", "26"], "Quyết định 125/20 26"),  # a document's number, no date: its figures stay apart
    (["Tỷ lệ 1/2", "3 xã"], "Tỷ lệ 1/2 3 xã"),  # no year: "23" is none
    (["Ngày 30/6/202", "61 hồ sơ"], "Ngày 30/6/202 61 hồ sơ"),  # five figures make no year
    (["Quý IV/2026", "6 tháng"], "Quý IV/2026 6 tháng"),  # the year was whole
])
def test_figures_after_a_whole_date_or_no_date_stay_apart(lines, kept):
    assert _join_cell_lines("\n".join(lines)) == kept


# -- Empty cells printed as blank lines in a copy with no blank lines --------------------------------------------------

_HEADER = ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
_ROWS = (("1", "Rà soát thủ tục hành chính thuộc thẩm quyền", "Sở Tư pháp", "Sở Nội vụ", "Quý I/2026"),
         ("2", "Tập huấn nghiệp vụ cho công chức cấp xã", "Sở Y tế", "", "Quý II/2026"),
         ("3", "Kiểm tra công vụ tại các xã, phường", "Sở Tài chính", "Sở Xây dựng; Công an tỉnh", "Tháng 9/2026"),
         ("4", "Số hóa hồ sơ hộ tịch", "Sở Văn hóa, Thể thao và Du lịch", "", "Năm 2026"),
         ("5", "Sơ kết công tác cải cách hành chính", "Văn phòng UBND tỉnh", "", "Tháng 6/2026"))


def _expected(rows) -> list[tuple]:
    return [(r[1], [r[2]], sorted(r[3].split("; ")) if r[3] else [], r[4]) for r in rows]


@pytest.mark.parametrize("empty", ["", " ", "   ", "\t"])
def test_a_blank_line_among_lines_with_none_between_is_an_empty_cell(tmp_path, empty):
    """One cell a line, no blank line between cells: a row with no support (a lead-only row after a row with one)
    has an empty support, never the row above's taken as merged from above."""
    text = "\n".join(cell or empty for row in (_HEADER, *_ROWS) for cell in row)
    got = _got(_process(tmp_path, text))
    assert [(c, lead, sorted(s), d) for c, lead, s, d in got] == _expected(_ROWS)


def test_two_empty_cells_are_two_blank_lines(tmp_path):
    rows = (*_ROWS[:2], ("3", "Kiểm tra công vụ tại các xã, phường", "Sở Tài chính", "", ""), *_ROWS[3:])
    text = "\n".join(cell for row in (_HEADER, *rows) for cell in row)
    got = _got(_process(tmp_path, text))
    assert [(c, lead, s, d) for c, lead, s, d in got][2] == (rows[2][1], ["Sở Tài chính"], [], None)


@pytest.mark.parametrize("empty", ["\xa0", " \xa0"])
def test_where_blank_lines_separate_every_cell_they_are_no_cells(tmp_path, empty):
    """A site's copy: a blank line between every two cells, an empty cell a non-breaking space (guard: unchanged)."""
    text = "\n\n".join(cell or empty for row in (_HEADER, *_ROWS) for cell in row)
    got = _got(_process(tmp_path, text))
    assert [(c, lead, sorted(s), d) for c, lead, s, d in got] == _expected(_ROWS)


# -- A table with no header row ----------------------------------------------------------------------------------------

_BARE = (("1", "Tổ chức đối thoại giữa người đứng đầu với nhân dân", "Sở Nội vụ", "Ban Dân vận", "Quý II/2026"),
         ("2", "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở", "Thanh tra tỉnh", "", "Trước ngày 30/9/2026"),
         ("3", "Biểu dương mô hình dân vận khéo tiêu biểu", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban MTTQ Việt Nam tỉnh",
          "Tháng 12/2026"))


def _printed(form: str, rows) -> tuple[str, str]:
    if form == "html":
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        head = "".join(f"<p>{line}</p>" for line in _HEAD.strip().split("\n"))
        return f"<html><body>{head}<table border='1'>{cells}</table><p>Nơi nhận:</p></body></html>", "html"
    if form == "tab":
        return "\n".join("\t".join(r) for r in rows), "txt"
    return "\n".join("| " + " | ".join(r) + " |" for r in rows), "txt"


@pytest.mark.parametrize("form", ["html", "tab", "pipe"])
@pytest.mark.parametrize("support", [True, False])
def test_a_table_without_header_keeps_its_rows_and_guesses_no_lead(tmp_path, form, support):
    """"1 | task | body | body | time" from the first row: the task and its time read from the cells, every row kept;
    which body leads is not told, so lead and support stay empty, with warning table_header_missing."""
    rows = [r if support else (*r[:3], r[4]) for r in _BARE]
    doc = _process(tmp_path, *_printed(form, rows))
    assert _got(doc) == [(r[1], [], [], r[-1]) for r in rows]
    assert "table_header_missing" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["html", "tab"])
def test_a_table_with_its_header_gives_no_warning(tmp_path, form):
    """Guard: the same rows under their header are read with lead and support, and no table_header_missing."""
    doc = _process(tmp_path, *_printed(form, [_HEADER, *_BARE]))
    assert _got(doc) == [(r[1], [r[2]], [r[3]] if r[3] else [], r[4]) for r in _BARE]
    assert "table_header_missing" not in {w.code for w in doc.warnings}


# -- A continued part under the column numbers only, a running header between ------------------------------------------

@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
@pytest.mark.parametrize("running", ["Phụ lục - Kế hoạch thực hiện nhiệm vụ", "KẾ HOẠCH SỐ 57/KH-UBND (tiếp)"])
def test_a_part_under_column_numbers_only_loses_them_and_the_running_header(tmp_path, form, running):
    numbered = tuple(f"({k})" for k in range(1, len(_HEADER) + 1))
    first, second = (_HEADER, numbered, *_ROWS[:3]), (numbered, *_ROWS[3:])
    if form == "pipe":
        lines = [f"{c} |" for row in first for c in row] + [running] + [f"{c} |" for row in second for c in row]
    else:
        lines = [c or "\xa0" for row in first for c in row] + [running] + [c or "\xa0" for row in second for c in row]
    text = "\n\n".join([running, "PHỤ LỤC", *lines]) if form != "pipe" else "\n".join([running, "PHỤ LỤC", *lines])
    doc = _process(tmp_path, text)
    assert [(c, lead, sorted(s), d) for c, lead, s, d in _got(doc)] == _expected(_ROWS)


def test_the_bed_prints_blank_lines_for_empty_cells():
    """The bed's own check: the copy with no blank lines prints its empty cells as blank lines."""
    text = TEXT_RENDERERS["txt"](BY_NAME["lines_blank_empty_cells"])
    table = text[text.index("Thời gian hoàn thành"):text.index("Ý kiến bạn đọc")]
    assert "\n\n" in table and "\xa0" not in table
